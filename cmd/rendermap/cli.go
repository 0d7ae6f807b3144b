package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap/chrome"
	"github.com/rendermap/rendermap/config"
)

// Exit codes, documented in --help and the README.
const (
	exitOK         = 0
	exitAssertions = 1 // reserved: failed assertions or regressions
	exitUsage      = 2 // usage or input error
	exitIncomplete = 3 // the audit could not complete
)

// streams are the process's standard streams; tests replace them.
type streams struct {
	in       io.Reader
	out, err io.Writer
	getenv   func(string) string
	// tty reports whether stdout and stderr are terminals.
	ttyOut, ttyErr bool
}

func stdio() streams {
	return streams{in: os.Stdin, out: os.Stdout, err: os.Stderr, getenv: os.Getenv,
		ttyOut: isTerminal(os.Stdout), ttyErr: isTerminal(os.Stderr)}
}

// command is one subcommand.
type command interface {
	// Run parses args and runs the command.
	Run(ctx context.Context, args []string) error
}

type commandInfo struct {
	summary string
	new     func(s streams) command
}

var commands = map[string]commandInfo{}

func register(name, summary string, f func(s streams) command) {
	commands[name] = commandInfo{summary: summary, new: f}
}

func run(ctx context.Context, args []string, s streams) (code int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(s.err, "rendermap: internal error: %v; please report it with the command you ran\n", v)
			code = exitIncomplete
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(s.out, mainUsage())
		return exitOK
	}
	info, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(s.err, "rendermap: unknown command %q; run 'rendermap --help' for the list\n", args[0])
		return exitUsage
	}
	return exitCode(s.err, args[0], info.new(s).Run(ctx, args[1:]))
}

// exitCode prints err as one line and maps it to an exit code.
func exitCode(w io.Writer, name string, err error) int {
	if err == nil || errors.Is(err, pflag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintf(w, "rendermap %s: %s\n", name, oneLine(err.Error()))
	var ce *codeError
	if errors.As(err, &ce) {
		return ce.code
	}
	if badInput(err) {
		return exitUsage
	}
	return exitIncomplete
}

// badInput reports errors the user can fix by changing the input: a
// setting or input file (config.InputError), rendermap.yaml (config.Error),
// or no browser installed.
func badInput(err error) bool {
	var ie *config.InputError
	var fe *config.Error
	return errors.As(err, &ie) || errors.As(err, &fe) || errors.Is(err, chrome.ErrNoBrowser)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// codeError carries an exit code with an error.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string { return e.err.Error() }
func (e *codeError) Unwrap() error { return e.err }

// usageErr marks bad input (exit 2): a config.InputError, the one type of
// bad input every package returns.
func usageErr(format string, a ...any) error {
	return config.Inputf(format, a...)
}

// withCode wraps err with an exit code.
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &codeError{code: code, err: err}
}

// commandNames returns the registered command names, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func mainUsage() string {
	names := commandNames()
	var b strings.Builder
	b.WriteString("rendermap: for each route of a site, should it be static, isr, ssr or client?\n\nUsage: rendermap COMMAND [flags]\n\nCommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-11s %s\n", n, commands[n].summary)
	}
	b.WriteString("\nRun 'rendermap COMMAND --help' for a command's flags and examples.\n\n" + exitCodesHelp)
	return b.String()
}

const exitCodesHelp = `Exit codes:
  0  success
  1  failed assertions or regressions
  2  usage or input error (bad flag, malformed URL, no browser installed)
  3  the audit could not complete (unreachable site, timeout, interrupt)
`

// newFlags returns a GNU-style flag set whose usage prints synopsis, flags and examples.
func newFlags(s streams, name, synopsis, examples string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(s.err)
	fs.Usage = func() {
		fmt.Fprintf(s.out, "Usage: rendermap %s\n\nFlags:\n%s\nExamples:\n%s\n%s", synopsis, fs.FlagUsages(), examples, exitCodesHelp)
	}
	return fs
}

// parse parses args, turning flag errors into usage errors. On --help
// pflag has already printed fs.Usage.
func parse(fs *pflag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usageErr("%v; run 'rendermap %s --help'", err, fs.Name())
	}
	return nil
}
