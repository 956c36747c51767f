module example.com/exclude

go 1.21

require (
	example.com/a v1.0.0
	example.com/b v1.0.0
)

exclude example.com/c v1.2.0
