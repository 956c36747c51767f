module example.com/nogo

require example.com/a v1.0.0
