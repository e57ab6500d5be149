/***************************************************************************
  acvsanitizeroptions.cpp - sanitizer defaults built into every ACV_SANITIZE executable
 ***************************************************************************/

// Linked into coverage-map and every test executable when ACV_SANITIZE is on, so that a
// sanitizer build behaves the same under ctest, under gtest discovery at build time and when
// run by hand, without environment variables to remember.

extern "C"
{
  // Any report is fatal: a UB report must fail the test that triggered it.
  const char *__asan_default_options()
  {
    return "detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0";
  }

  const char *__ubsan_default_options()
  {
    return "print_stacktrace=1:halt_on_error=1";
  }

  /**
   * Leaks inside libraries that are not ours and not instrumented. QGIS, Qt and GDAL keep
   * process-lifetime singletons (provider registry, font database, driver manager, PROJ
   * contexts, OpenSSL's tables) that they never free at exit; LeakSanitizer sees them as leaks. Each pattern
   * matches a frame of that library's own allocation, never our code: a leak whose stack
   * reaches only into libacv / our executables is still reported.
   */
  const char *__lsan_default_suppressions()
  {
    return "leak:libqgis_core.so\n"
           "leak:libQt5Core.so\n"
           "leak:libQt5Gui.so\n"
           "leak:libQt5Widgets.so\n"
           "leak:libQt5Network.so\n"
           "leak:libgdal.so\n"
           "leak:libcrypto.so\n" // OpenSSL's global tables, loaded by QtNetwork/QGIS, never freed
           "leak:libproj.so\n"
           "leak:libfontconfig.so\n"
           "leak:libspatialite.so\n"
           "leak:libsqlite3.so\n"
           "leak:libgeos_c.so\n"
           "leak:libgeos.so\n"
           "leak:/usr/lib/qgis/plugins/\n";
  }
}
