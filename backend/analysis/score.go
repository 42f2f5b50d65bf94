package analysis

import "math"

// scorePct rates a reinforcing pair (and so an opportunity) from its shared
// signals and how close in time the two efforts are, in hundredths:
//
//	score = (1 - 0.2^signals) * (0.5 + 0.5 * 20/(20 + gap))
//
// rounded to two decimals, where signals is the number of entries of via
// (each shared same-direction metric, a reinforces link, each sequenced
// surface) and gap is the number of (working) days between the two windows,
// 0 when they overlap or touch. One signal with overlapping windows scores
// 0.8, two 0.96; a gap of 20 days takes a quarter off, and a far gap at most
// half. Rounding keeps the JSON short and stable, and lets opportunities be
// ranked by a counting sort.
func scorePct(signals, gap int) uint8 {
	if signals < len(scoreTable) && gap < len(scoreTable[0]) {
		return scoreTable[signals][gap]
	}
	return scoreOf(signals, gap)
}

// scoreTable holds scorePct for the common cases: a few signals, windows
// at most a year of working days apart.
var scoreTable = func() (t [4][256]uint8) {
	for s := range t {
		for g := range t[s] {
			t[s][g] = scoreOf(s, g)
		}
	}
	return t
}()

func scoreOf(signals, gap int) uint8 {
	sig := 1.0
	if signals < len(signalWeight) {
		sig = signalWeight[signals]
	}
	prox := 0.5 + 0.5*20/(20+float64(gap))
	return uint8(math.Round(sig * prox * 100))
}

// signalWeight[s] is 1 - 0.2^s; beyond the table it rounds to 1.
var signalWeight = func() (w [12]float64) {
	for s := range w {
		w[s] = 1 - math.Pow(0.2, float64(s))
	}
	return w
}()
