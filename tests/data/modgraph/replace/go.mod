module example.com/replace

go 1.21

require (
	example.com/a v1.0.0
	example.com/b v1.0.0
	example.com/c v1.1.0
	example.com/nomod v1.0.0
)

replace example.com/a => ./local/a

replace example.com/b v1.0.0 => example.com/forkb v1.0.0

replace example.com/c v1.1.0 => example.com/c v1.2.0
