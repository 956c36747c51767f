module example.com/c

go 1.19

require example.com/g v1.0.0
