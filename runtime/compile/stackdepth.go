package compile

// stackDepth computes the maximum value stack depth of code by walking
// every reachable instruction with StackEffect, following both edges of
// conditional jumps and the exception edge of SETUP_* instructions.
// A generator body starts with depth 1: the VM pushes the value of the
// first send() (None), which GEN_START pops.
// The depth at an instruction is the same along every path that reaches
// it (the compiler guarantees it); a mismatch is a compiler bug and
// panics.
func stackDepth(code *Code) int32 {
	n := len(code.Instrs)
	if n == 0 {
		return 0
	}
	depth := make([]int32, n)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := int32(0)
	work := []int{0}
	depth[0] = 0
	if code.Instrs[0].Op == GEN_START {
		depth[0] = 1 // the value sent by the first send()
	}
	visit := func(target int, d int32) {
		if target >= n {
			return
		}
		if d < 0 {
			panic("compile: negative stack depth in " + code.Qualname)
		}
		if depth[target] < 0 {
			depth[target] = d
			work = append(work, target)
		} else if depth[target] != d {
			panic("compile: inconsistent stack depth in " + code.Qualname + " at " + itoa(target) +
				" (" + itoa(int(depth[target])) + " vs " + itoa(int(d)) + ")")
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for {
			in := code.Instrs[i]
			d := depth[i]
			if d > maxDepth {
				maxDepth = d
			}
			if in.Op.HasJump() {
				jd := d + int32(StackEffect(in.Op, in.Arg, true))
				if jd > maxDepth {
					maxDepth = jd
				}
				visit(int(in.Arg), jd)
			}
			if in.Op.NoNext() {
				break
			}
			nd := d + int32(StackEffect(in.Op, in.Arg, false))
			if nd > maxDepth {
				maxDepth = nd
			}
			if nd < 0 {
				panic("compile: negative stack depth in " + code.Qualname + " at " + itoa(i))
			}
			i++
			if i >= n {
				break
			}
			if depth[i] >= 0 {
				if depth[i] != nd {
					panic("compile: inconsistent stack depth in " + code.Qualname + " at " + itoa(i) +
						" (" + itoa(int(depth[i])) + " vs " + itoa(int(nd)) + ")")
				}
				break
			}
			depth[i] = nd
		}
	}
	return maxDepth
}
