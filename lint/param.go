package lint

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Param is a threshold a check declares, as a go/analysis Analyzer owns its
// flags: its key, kind, default and allowed range, and what it means in
// Chinese. Profiles and .shuzhi.yaml set it per rule
// (rules: {concrete-measures: {direction_only_share: 0.5}}); validation,
// `shuzhi init`, `profiles` and `explain` are generated from the
// declarations.
type Param struct {
	// Key is the parameter's name under its rule, snake_case.
	Key string
	// Kind says what values it takes.
	Kind ParamKind
	// Default is the value when no profile sets it: a float64 for
	// ParamShare and ParamNumber, an int for ParamCount, a bool for
	// ParamBool and a []Role for ParamRoles.
	Default any
	// Max bounds a ParamNumber or ParamCount from above (0: unbounded).
	// Every number is at least 0; a share lies in [0, 1].
	Max float64
	// Doc says, in Chinese, what the value means and what 0 does.
	Doc string
}

// ParamKind is the kind of value a Param takes.
type ParamKind int

// The kinds of parameters.
const (
	ParamShare  ParamKind = iota // a proportion, 0 to 1
	ParamNumber                  // a number ≥ 0
	ParamCount                   // a whole number ≥ 0
	ParamBool                    // true or false
	ParamRoles                   // a list of body roles
)

// Label names the kind in Chinese, for validation messages and `init`.
func (k ParamKind) Label() string {
	switch k {
	case ParamShare:
		return "0 到 1 之间的比例"
	case ParamNumber:
		return "不小于 0 的数"
	case ParamCount:
		return "不小于 0 的整数"
	case ParamBool:
		return "true 或 false"
	}
	return "部分名称的列表（" + strings.Join(roleNames(BodyRoles), "、") + "）"
}

// Normalize checks a value decoded from YAML (a float64, int, bool or a
// list of strings) against the parameter and returns it in the type of its
// Default, or an error in Chinese.
func (p Param) Normalize(v any) (any, error) {
	switch p.Kind {
	case ParamBool:
		if b, ok := v.(bool); ok {
			return b, nil
		}
	case ParamRoles:
		list, ok := v.([]string)
		if !ok {
			break
		}
		roles := make([]Role, 0, len(list))
		for _, s := range list {
			r := Role(s)
			if !r.IsBody() {
				return nil, fmt.Errorf("未知的部分 %q（可选 %s）", s, strings.Join(roleNames(BodyRoles), "、"))
			}
			roles = append(roles, r)
		}
		return roles, nil
	default:
		f, ok := number(v)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			break
		}
		switch {
		case f < 0:
			return nil, fmt.Errorf("不能为负，现为 %v", v)
		case p.Kind == ParamShare && f > 1:
			return nil, fmt.Errorf("占比应在 0 到 1 之间，现为 %v", v)
		case p.Max > 0 && f > p.Max:
			return nil, fmt.Errorf("不能大于 %v，现为 %v", p.Max, v)
		case p.Kind == ParamCount && f != math.Trunc(f):
			return nil, fmt.Errorf("应为整数，现为 %v", v)
		case p.Kind == ParamCount:
			return int(f), nil
		}
		return f, nil
	}
	return nil, fmt.Errorf("应为%s，现为 %v", p.Kind.Label(), v)
}

// Format writes a value of the parameter as YAML would read it back.
func (p Param) Format(v any) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []Role:
		return "[" + strings.Join(roleNames(x), ", ") + "]"
	}
	return fmt.Sprint(v)
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	}
	return 0, false
}

func roleNames(roles []Role) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = string(r)
	}
	return out
}

// Param returns the declared parameter with that key, or false.
func (c *Check) Param(key string) (Param, bool) {
	for _, p := range c.Params {
		if p.Key == key {
			return p, true
		}
	}
	return Param{}, false
}

// Settings are the values of one check's parameters under a profile.
type Settings struct {
	rule   string
	values map[string]any
}

// Value returns the value of key, which the profile must hold: a missing
// one is a check reading a parameter it did not declare, a programming
// error the tests catch.
func (s Settings) Value(key string) any {
	v, ok := s.values[key]
	if !ok {
		panic(fmt.Sprintf("lint: rule %s reads undeclared parameter %q", s.rule, key))
	}
	return v
}

// Float returns a ParamShare or ParamNumber value.
func (s Settings) Float(key string) float64 { return s.Value(key).(float64) }

// Int returns a ParamCount value.
func (s Settings) Int(key string) int { return s.Value(key).(int) }

// Bool returns a ParamBool value.
func (s Settings) Bool(key string) bool { return s.Value(key).(bool) }

// Roles returns a ParamRoles value.
func (s Settings) Roles(key string) []Role { return s.Value(key).([]Role) }
