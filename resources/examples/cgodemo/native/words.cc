#include <sstream>
#include <string>

#include "native.h"

extern "C" int native_count_words(const char *s)
{
	std::istringstream in{std::string(s)};
	std::string word;
	int n = 0;
	while (in >> word)
		++n;
	return n;
}
