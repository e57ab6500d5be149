/***************************************************************************
  acvsanitizeroptions.cpp - sanitizer defaults built into every ACV_SANITIZE executable
  SPDX-License-Identifier: GPL-2.0-or-later
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

  // The list of suppressions that matched is not a finding: printed at exit on stderr, it read
  // as a program message to the tests that check a clean run writes only warnings there.
  const char *__lsan_default_options()
  {
    return "print_suppressions=0";
  }

  /**
   * Leaks inside libraries that are neither ours nor instrumented, found by running the whole
   * suite and coverage-map under LeakSanitizer (ASAN_OPTIONS=print_suppressions=1 lists what
   * matched): a few hundred bytes in five allocations inside libQt5Core/libQt5Gui (process-lifetime
   * state of QGuiApplication's start-up) and OpenSSL's global tables (libcrypto, 117 allocations,
   * loaded by QGIS's network layer at start-up). Each pattern names the library; a leak
   * allocated by our code is still reported. Add a library here only with the report that
   * shows the leak is inside it.
   *
   * Two more, found once the report layout and the classification methods ran under it:
   * QtWebKit (QGIS's layout labels load it; its caches live as long as the process), and
   * QgsClassificationMethodRegistry::method() in QGIS 3.22, which builds a default method on every
   * call (mMethods.value( id, new QgsClassificationCustom() )) and never frees it; the method it
   * returns is freed by us.
   */
  const char *__lsan_default_suppressions()
  {
    return "leak:libQt5Core.so\n"
           "leak:libQt5Gui.so\n"
           "leak:libcrypto.so\n"
           "leak:libQt5WebKit.so\n"
           "leak:QgsClassificationMethodRegistry::method\n";
  }
}
