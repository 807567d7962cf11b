package compile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/syntax"
)

// TestFolding checks folded constants against values printed by CPython.
func TestFolding(t *testing.T) {
	tests := []struct {
		expr string
		want string // constString of the folded value
	}{
		{"7 // -2", "-4"}, {"-7 // 2", "-4"}, {"7 // 2", "3"}, {"-7 // -2", "3"},
		{"7 % -2", "-1"}, {"-7 % 2", "1"}, {"-7 % -2", "-1"},
		{"2 ** 10", "1024"}, {"-2 ** 2", "-4"}, {"1 << 70", "1180591620717411303424"},
		{"~5", "-6"}, {"-(-9223372036854775807 - 1)", "9223372036854775808"},
		{"True + True", "2"}, {"True & False", "False"}, {"-True", "-1"}, {"not 0", "True"},
		{"1 + 2.5", "3.5"}, {"2 ** 53 + 1.0", "9007199254740992.0"}, {"1 / 4", "0.25"},
		{"1 + 2j", "(1+2j)"}, {"-0.0", "-0.0"},
		{"'ab' * 3", "'ababab'"}, {"'a' + 'b'", "'ab'"}, {"b'x' * 2", "b'xx'"},
		{"(1, 2) + (3,)", "(1, 2, 3)"}, {"(0,) * 3", "(0, 0, 0)"},
	}
	for _, tc := range tests {
		e := parse(t, tc.expr).Body[0]
		v, ok := constOf(exprOf(e))
		require.True(t, ok, "%s should fold", tc.expr)
		assert.Equal(t, tc.want, constString(v), "%s", tc.expr)
	}
	for _, expr := range []string{"1 / 0", "1 // 0", "2 ** 1000", "'a' * 5000", "1 << -1", "2.0 ** 0.5", "'%s' % 1", "x + 1"} {
		_, ok := constOf(exprOf(parse(t, expr).Body[0]))
		assert.False(t, ok, "%s must not be folded", expr)
	}
}

func exprOf(s syntax.Stmt) syntax.Expr { return s.(*syntax.ExprStmt).Value }
