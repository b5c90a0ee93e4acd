package config

import (
	"testing"

	"shuzhi/checks"
)

// TestLegacyKeysNameDeclaredParameters checks that every key of the first
// version maps to a parameter a rule still declares.
func TestLegacyKeysNameDeclaredParameters(t *testing.T) {
	cat, err := New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	for old, lp := range legacyParams {
		ch := cat.byID[lp.rule]
		if ch == nil {
			t.Errorf("%s: no rule %s", old, lp.rule)
			continue
		}
		if _, ok := ch.Param(lp.key); !ok {
			t.Errorf("%s: rule %s declares no %s", old, lp.rule, lp.key)
		}
	}
	for _, key := range themeParams {
		if _, ok := cat.byID["length-section"].Param(key); !ok {
			t.Errorf("length-section declares no %s", key)
		}
	}
}
