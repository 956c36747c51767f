module example.com/upper

go 1.21

require (
	example.com/Upper v1.0.0
	example.com/lower v1.0.0-RC1 // indirect
)
