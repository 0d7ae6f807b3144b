// Package config reads rendermap.yaml, the audit's configuration file. In
// goes a YAML file; out comes a File whose keys, types and values have been
// checked strictly: an unknown key, a wrong type or an invalid value is an
// *Error naming the file, the line and the key. Secrets never live in the
// file: auth.headers maps a header name to the name of an environment
// variable, read at run time by HeaderValues.
package config
