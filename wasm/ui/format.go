package ui

import "strconv"

// seconds formats virtual seconds the way the output column shows them:
// "0.000", "1.250", "3600.000".
func seconds(t float64) string {
	if t < 0 {
		return ""
	}
	return strconv.FormatFloat(t, 'f', 3, 64)
}

// dataT is the data-t attribute of a row: the shortest exact decimal
// ("0", "1", "0.25"), empty when unknown.
func dataT(t float64) string {
	if t < 0 {
		return ""
	}
	return strconv.FormatFloat(t, 'f', -1, 64)
}

// realDuration formats a real duration in ms for the clock badge: "4 ms",
// "0.3 ms", "1.25 s".
func realDuration(ms float64) string {
	switch {
	case ms >= 1000:
		return strconv.FormatFloat(ms/1000, 'f', 2, 64) + " s"
	case ms >= 10:
		return strconv.FormatFloat(ms, 'f', 0, 64) + " ms"
	default:
		return strconv.FormatFloat(ms, 'f', 1, 64) + " ms"
	}
}

// clockBadge is the text of #clock after a run.
func clockBadge(virtualNs int64, haveVirtual bool, realMs float64) string {
	v := "? s virtual"
	if haveVirtual {
		v = seconds(float64(virtualNs)/1e9) + " s virtual"
	}
	return v + " · " + realDuration(realMs) + " real"
}

// niceStep picks an axis step (1, 2 or 5 times a power of ten) giving at
// most about maxTicks ticks over span seconds.
func niceStep(span float64, maxTicks int) float64 {
	if span <= 0 || maxTicks <= 0 {
		return 1
	}
	raw := span / float64(maxTicks)
	p := 1.0
	for p*10 <= raw {
		p *= 10
	}
	for p > raw {
		p /= 10
	}
	for _, m := range []float64{1, 2, 5, 10} {
		if p*m >= raw {
			return p * m
		}
	}
	return p * 10
}
