package rendermap

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// AuditSchemaJSON is the JSON Schema of audit.json (docs/audit.schema.json).
//
//go:embed docs/audit.schema.json
var AuditSchemaJSON []byte

var auditSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	return compileSchema("audit.schema.json", AuditSchemaJSON)
})

func compileSchema(name string, raw []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parse schema %s: %w", name, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(name, doc); err != nil {
		return nil, fmt.Errorf("add schema %s: %w", name, err)
	}
	return c.Compile(name)
}

// ValidateAudit checks an encoded audit against the published schema.
func ValidateAudit(data []byte) error {
	s, err := auditSchema()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("decode audit: %w", err)
	}
	if err := s.Validate(doc); err != nil {
		return fmt.Errorf("audit does not match schema %s: %w", SchemaVersion, err)
	}
	return nil
}

// Encode writes a as indented JSON after validating it against the schema.
func Encode(a *Audit) ([]byte, error) {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode audit: %w", err)
	}
	if err := ValidateAudit(data); err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Decode parses and validates an audit.json document.
func Decode(data []byte) (*Audit, error) {
	if err := ValidateAudit(data); err != nil {
		return nil, err
	}
	var a Audit
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("decode audit: %w", err)
	}
	return &a, nil
}
