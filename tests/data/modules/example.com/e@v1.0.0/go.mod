module example.com/e

go 1.16

require example.com/f v1.1.0
