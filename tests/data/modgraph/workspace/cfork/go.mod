module example.com/c

go 1.21

require example.com/g v1.0.0
