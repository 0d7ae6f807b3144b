package config

import (
	"reflect"
	"strings"
	"time"
)

// Apply fills every setting the command line did not set (given reports
// whether a flag was given) from the file f: defaults < file < flags. A
// key absent from the file, or holding zero where zero means the default,
// leaves the setting alone; in the file crawl.recheck: 0 turns re-fetches
// off. f is kept in s.File for its routes, assertions and auth sections.
func (s *Settings) Apply(f *File, given func(flag string) bool) {
	if f == nil {
		return
	}
	for _, d := range table {
		if d.key == "" || given(d.flag) || f.Line(d.key) == 0 {
			continue
		}
		if v, ok := f.value(d.key); ok {
			d.set(s, v)
		}
	}
	s.File = f
}

// value returns the file's value at a dotted key, found through the yaml
// tags of File, and whether it is set (not zero).
func (f *File) value(key string) (reflect.Value, bool) {
	v := reflect.ValueOf(f).Elem()
	for _, name := range strings.Split(key, ".") {
		field, ok := fieldByTag(v, name)
		if !ok {
			return reflect.Value{}, false
		}
		v = field
	}
	if v.Type() == durationType {
		v = v.FieldByName("Duration")
	}
	return v, true
}

// fieldByTag returns the field of struct v whose yaml tag names key.
func fieldByTag(v reflect.Value, key string) (reflect.Value, bool) {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	for i := range v.NumField() {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
		if name == key {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// set stores a file value in the row's field; zero values other than
// crawl.recheck's are skipped, as the file documents zero as the default.
func (d setting) set(s *Settings, v reflect.Value) {
	if p, ok := d.field(s).(*Recheck); ok {
		*p = recheckFromFile(time.Duration(v.Int()))
		return
	}
	if v.IsZero() {
		return
	}
	reflect.ValueOf(d.field(s)).Elem().Set(v.Convert(reflect.TypeOf(d.field(s)).Elem()))
}
