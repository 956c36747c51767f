module example.com/m1

go 1.18

require example.com/f v1.0.0
