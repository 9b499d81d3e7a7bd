#ifndef DOPPEL_CLIBPQ_SHIM_H
#define DOPPEL_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
