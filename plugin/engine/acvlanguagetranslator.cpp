/***************************************************************************
  acvlanguagetranslator.cpp - report, legend and label texts in a chosen language
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlanguage.h"

#include <QTranslator>

// Q_INIT_RESOURCE declares a function, so it must be called from the global namespace. The
// engine is a static library: without this call the linker drops the embedded .qm.
static void acvInitReportTranslations()
{
  Q_INIT_RESOURCE( acvreport_i18n );
}

namespace
{
/**
 * Loaded once, on first use, from any thread (a function-local static is initialised exactly
 * once). Never installed in the application: the plugin's own translator follows QGIS's
 * language, the report follows the one chosen for it. QTranslator::translate() only reads the
 * loaded catalogue, which is how QCoreApplication::translate() calls it from many threads at once.
 * Deliberately never deleted: a QObject destroyed after QCoreApplication at exit is trouble,
 * and the catalogue lives as long as the process anyway.
 */
const QTranslator *vietnameseTranslator()
{
  static const QTranslator *const translator = []
  {
    acvInitReportTranslations();
    auto *loaded = new QTranslator();
    if ( !loaded->load( QStringLiteral( ":/adoptioncoverage/report-i18n/acvreport_vi.qm" ) ) )
      qWarning( "Adoption Coverage: the Vietnamese report texts are missing from the build" );
    return loaded;
  }();
  return translator;
}
} // namespace

const QTranslator *AcvLanguageText::translator( AcvLanguage language )
{
  return language == AcvLanguage::Vietnamese ? vietnameseTranslator() : nullptr;
}

QString AcvLanguageText::translated( AcvLanguage language, const char *context, const char *sourceText, const char *disambiguation, int n )
{
  QString text;
  if ( const QTranslator *catalogue = translator( language ) )
    text = catalogue->translate( context, sourceText, disambiguation, n );
  // English, or a text not translated yet: the source.
  if ( text.isEmpty() )
    text = QString::fromUtf8( sourceText );
  // As QCoreApplication::translate() does; QTranslator leaves %n to its caller.
  if ( n >= 0 )
    text.replace( QLatin1String( "%n" ), QString::number( n ) );
  return text;
}
