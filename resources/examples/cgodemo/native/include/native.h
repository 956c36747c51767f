#ifndef NATIVE_H
#define NATIVE_H

#ifdef __cplusplus
extern "C" {
#endif

double native_norm(double x, double y);
int native_scaled(int n);
int native_count_words(const char *s);

#ifdef __cplusplus
}
#endif

#endif
