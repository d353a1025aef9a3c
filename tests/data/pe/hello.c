/* Source of the PE fixtures (build.sh): a small console program and a DLL, for the Authenticode image hash. */
#include <windows.h>

#ifdef FIXTURE_DLL
__declspec(dllexport) int fixture_answer(void) { return 42; }
BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved) {
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
#else
int main(void) {
    static const char message[] = "CTL Viewer PE fixture\n";
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), message, sizeof message - 1, &written, NULL);
    return 0;
}
#endif
