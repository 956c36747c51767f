module example.com/pruned

go 1.21

require (
	example.com/a v1.0.0
	example.com/c v1.2.0 // indirect
)
