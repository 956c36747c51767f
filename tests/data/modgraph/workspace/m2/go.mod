module example.com/m2

go 1.22

require (
	example.com/b v1.0.0
	example.com/m1 v1.0.0
	example.com/nomod v1.0.0
)

replace example.com/nomod => ./nomodlocal
