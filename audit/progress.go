package audit

// Progress receives what an audit is doing; the CLI draws it on stderr.
type Progress interface {
	// Stage starts a stage: "discovering URLs on ...".
	Stage(format string, a ...any)
	// Update reports running counts within a stage.
	Update(format string, a ...any)
	// Steps reports done of total steps within a stage.
	Steps(done, total int, format string, a ...any)
	// Done ends the stage's running line.
	Done()
}

// quiet is the Progress that discards everything.
type quiet struct{}

func (quiet) Stage(string, ...any)           {}
func (quiet) Update(string, ...any)          {}
func (quiet) Steps(int, int, string, ...any) {}
func (quiet) Done()                          {}
