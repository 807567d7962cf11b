def f(): return 1 + undefined_var
f()
