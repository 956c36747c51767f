module example.com/nomod

go 1.19
