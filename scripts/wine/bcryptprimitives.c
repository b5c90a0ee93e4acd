/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, which Debian's
 * wine 8 lacks and Go's runtime loads at start (ProcessPrng). It is built
 * with mingw-w64 and placed next to shuzhi.exe only when scripts/wine-test.sh
 * runs the exe under wine; it is never shipped.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
