module example.com/unpruned

go 1.21

require (
	example.com/d v1.0.0
	example.com/h v1.0.0
)
