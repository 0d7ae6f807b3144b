package config

import (
	"time"

	"github.com/spf13/pflag"
)

// Bind registers the flags of the groups given on fs, each with its
// table default, writing into s. A setting in several groups is bound once.
func (s *Settings) Bind(fs *pflag.FlagSet, groups Group) {
	for _, d := range table {
		if d.group&groups != 0 {
			d.setDefault(s)
			d.bind(fs, s)
		}
	}
}

// bind registers one row's flag.
func (d setting) bind(fs *pflag.FlagSet, s *Settings) {
	switch p := d.field(s).(type) {
	case *Recheck:
		fs.VarP(p, d.flag, d.short, d.help)
	case *time.Duration:
		fs.DurationVarP(p, d.flag, d.short, *p, d.help)
	case *int:
		fs.IntVarP(p, d.flag, d.short, *p, d.help)
	case *int64:
		fs.Int64VarP(p, d.flag, d.short, *p, d.help)
	case *float64:
		fs.Float64VarP(p, d.flag, d.short, *p, d.help)
	case *bool:
		fs.BoolVarP(p, d.flag, d.short, *p, d.help)
	case *string:
		fs.StringVarP(p, d.flag, d.short, *p, d.help)
	case *[]string:
		fs.StringArrayVarP(p, d.flag, d.short, *p, d.help)
	}
}
