module example.com/vend

go 1.21

require (
	example.com/a v1.0.0
	example.com/b v1.0.0
	example.com/c v1.1.0 // indirect
)

replace example.com/a => ./local/a

replace example.com/b v1.0.0 => example.com/forkb v1.0.0
