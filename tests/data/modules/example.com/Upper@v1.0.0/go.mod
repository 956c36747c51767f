module example.com/Upper

go 1.20

require example.com/lower v1.0.0-RC1
