module example.com/a

go 1.20

require example.com/f v1.0.0
