package badpath
