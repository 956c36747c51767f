module example.com/goraise

go 1.21

require example.com/newer v1.0.0
