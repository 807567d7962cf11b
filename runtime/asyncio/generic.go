package asyncio

import "aioplay/runtime/py"

// classGetItem is __class_getitem__ for the classes that support
// subscription in annotations (asyncio.Future[int], asyncio.Queue[str],
// contextvars.ContextVar[int] ...): annotations of parameters and module
// globals are evaluated when the code runs.
func classGetItem(in *py.Interp, cls py.Object, args []py.Object, kw []string) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "__class_getitem__ expected 1 argument, got %d", len(args))
	}
	t, ok := args[0].(*py.Tuple)
	if !ok {
		t = py.NewTuple(args[0])
	}
	return &py.GenericAlias{Origin: cls, Args: t}, nil
}

func init() {
	py.OnSetup(func() {
		for _, t := range []*py.Type{FutureType, TaskType, QueueType, ContextVarType, TokenType} {
			t.AddClassMethod("__class_getitem__", classGetItem)
		}
	})
}
