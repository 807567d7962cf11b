package compile

// removeUnreachable drops the instructions no path from the entry
// reaches (code after return, raise, break or continue; the normal-exit
// copy of a finally body after a return ...) and renumbers the jump
// targets. Jump args must already be instruction indexes.
func removeUnreachable(instrs []Instr, positions []Position) ([]Instr, []Position) {
	n := len(instrs)
	if n == 0 {
		return instrs, positions
	}
	reach := make([]bool, n)
	work := []int{0}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for i < n && !reach[i] {
			reach[i] = true
			in := instrs[i]
			if in.Op.HasJump() {
				work = append(work, int(in.Arg))
			}
			if in.Op.NoNext() {
				break
			}
			i++
		}
	}
	newIndex := make([]int32, n+1)
	k := int32(0)
	for i := 0; i < n; i++ {
		newIndex[i] = k
		if reach[i] {
			k++
		}
	}
	newIndex[n] = k
	if int(k) == n {
		return instrs, positions
	}
	outI := make([]Instr, 0, k)
	outP := make([]Position, 0, k)
	for i := 0; i < n; i++ {
		if !reach[i] {
			continue
		}
		in := instrs[i]
		if in.Op.HasJump() {
			in.Arg = newIndex[in.Arg]
		}
		outI = append(outI, in)
		outP = append(outP, positions[i])
	}
	return outI, outP
}
