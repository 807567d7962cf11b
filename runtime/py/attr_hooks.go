package py

// typeHooks are the attribute hooks a user class overrides (nil: default).
type typeHooks struct {
	getattribute Object
	getattr      Object
	setattr      Object
	delattr      Object
}
