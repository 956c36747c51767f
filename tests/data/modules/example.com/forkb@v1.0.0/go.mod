module example.com/forkb

go 1.18

require example.com/c v1.1.0
