module example.com/excluderoot

go 1.21

require (
	example.com/a v1.0.0
	example.com/c v1.2.0 // indirect
)

exclude example.com/c v1.2.0
