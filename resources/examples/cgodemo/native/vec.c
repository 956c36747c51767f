#include <math.h>

#include "native.h"

double native_norm(double x, double y)
{
	return hypot(x, y);
}

int native_scaled(int n)
{
	return n * NATIVE_SCALE;
}
