/***************************************************************************
  testacvlanguagetext.cpp - report texts come from the embedded translations, per language
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlanguage.h"
#include "acvreportcontent.h"
#include "acvtestutils.h"
#include "acvtsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace
{
AcvReportContent sampleContent( AcvLanguage language )
{
  QVector<AcvFigures> figures = { { 700, 1000, 3000 }, { 100, 1000, 2000 }, { 300, 2000, 4000 } };
  AcvCoverageJoinResult join;
  join.boundaryFigures = figures;
  join.boundaryMetrics = AcvMetrics::compute( figures, 60 );
  join.totals = AcvMetrics::totals( figures, join.boundaryMetrics, 60 );
  AcvReportContent content;
  content.language = language;
  content.setJoin( join, { QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ) } );
  return content;
}

QStringList labels( const AcvReportContent &content )
{
  QStringList labels;
  for ( const auto &line : content.summaryLines() )
    labels.append( line.first );
  return labels;
}

const QStringList kVietnameseLabels = { u8( "Tổng số lượt cài đặt" ), u8( "Tỷ lệ trên dân số" ), u8( "Tỷ lệ trên người dùng ĐTTM" ), u8( "Mục tiêu" ), u8( "Số đơn vị dưới mục tiêu" ), u8( "Số lượt cài còn thiếu" ) };
const QStringList kEnglishLabels = { QStringLiteral( "Total installs" ), QStringLiteral( "Share of population" ), QStringLiteral( "Share of smartphone users" ), QStringLiteral( "Target" ), QStringLiteral( "Localities below target" ), QStringLiteral( "Installs still needed" ) };
} // namespace

TEST( AcvLanguageText, ReportTextsComeFromTheTranslatorInEitherLanguage )
{
  AcvReportContent content = sampleContent( AcvLanguage::Vietnamese );
  EXPECT_EQ( labels( content ), kVietnameseLabels );
  EXPECT_EQ( content.tableHeaders(), QStringList( { QStringLiteral( "STT" ), u8( "Đơn vị" ), u8( "Tỷ lệ/ĐTTM" ), u8( "Còn thiếu" ) } ) );
  EXPECT_EQ( content.summaryLines().at( 4 ).second, QStringLiteral( "2 / 3" ) );
  EXPECT_EQ( content.continuedTableCaption(), u8( "Đơn vị dưới mục tiêu, xếp theo số lượt cài còn thiếu (tiếp theo)" ) );

  // The same object, switched: nothing of the first language stays behind.
  content.language = AcvLanguage::English;
  EXPECT_EQ( labels( content ), kEnglishLabels );
  EXPECT_EQ( content.tableHeaders(), QStringList( { QStringLiteral( "#" ), QStringLiteral( "Locality" ), QStringLiteral( "Coverage" ), QStringLiteral( "Installs needed" ) } ) );
  EXPECT_EQ( content.summaryLines().at( 4 ).second, QStringLiteral( "2 of 3" ) );
  content.language = AcvLanguage::Vietnamese;
  EXPECT_EQ( labels( content ), kVietnameseLabels );
}

TEST( AcvLanguageText, InstallsNoTranslatorInTheApplication )
{
  // A Vietnamese report must not turn an English QGIS's texts Vietnamese, nor the other way.
  int argc = 1;
  char name[] = "acv_engine_tests";
  char *argv[] = { name, nullptr };
  QCoreApplication app( argc, argv );
  EXPECT_EQ( AcvLanguageText::translated( AcvLanguage::Vietnamese, "AcvReportContent", "Total installs" ), u8( "Tổng số lượt cài đặt" ) );
  EXPECT_EQ( QCoreApplication::translate( "AcvReportContent", "Total installs" ), QStringLiteral( "Total installs" ) );
  EXPECT_EQ( AcvLanguageText::translated( AcvLanguage::English, "AcvReportContent", "Total installs" ), QStringLiteral( "Total installs" ) );
}

TEST( AcvLanguageText, KeepsUntranslatedTextsInEnglishAndFillsN )
{
  EXPECT_EQ( AcvLanguageText::translated( AcvLanguage::Vietnamese, "AcvReportContent", "Not in the catalogue" ), QStringLiteral( "Not in the catalogue" ) );
  EXPECT_EQ( AcvLanguageText::translated( AcvLanguage::English, "AcvReportContent", "%n rows", nullptr, 3 ), QStringLiteral( "3 rows" ) );
}

TEST( AcvLanguageText, TwoThreadsLookUpAtOnce )
{
  // Reports are built on worker threads: the first lookups race to load the catalogue.
  std::atomic<int> wrong{ 0 };
  auto lookUp = [&wrong]( AcvLanguage language, const QStringList &expected )
  {
    for ( int i = 0; i < 2000; ++i )
    {
      if ( labels( sampleContent( language ) ) != expected )
        ++wrong;
    }
  };
  std::thread vietnamese( lookUp, AcvLanguage::Vietnamese, kVietnameseLabels );
  std::thread alsoVietnamese( lookUp, AcvLanguage::Vietnamese, kVietnameseLabels );
  std::thread english( lookUp, AcvLanguage::English, kEnglishLabels );
  vietnamese.join();
  alsoVietnamese.join();
  english.join();
  EXPECT_EQ( wrong.load(), 0 );
}

TEST( AcvLanguageText, EveryTextOfTheCatalogueIsTranslatedIntoVietnamese )
{
  // Not a search for leftover ternaries: every text lupdate extracted into the .ts must come
  // back translated from the .qm the build embedded.
  QString error;
  const QVector<AcvTsMessage> messages = acvReadTsFile( QStringLiteral( ACV_REPORT_TS ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_GE( messages.size(), 45 );
  const QTranslator *translator = AcvLanguageText::translator( AcvLanguage::Vietnamese );
  ASSERT_NE( translator, nullptr );
  ASSERT_FALSE( translator->isEmpty() );
  EXPECT_EQ( AcvLanguageText::translator( AcvLanguage::English ), nullptr );
  EXPECT_TRUE( QFile::exists( QStringLiteral( ":/adoptioncoverage/report-i18n/acvreport_vi.qm" ) ) );
  QSet<QString> contexts;
  for ( const AcvTsMessage &message : messages )
  {
    contexts.insert( message.context );
    EXPECT_FALSE( message.unfinished ) << message.context.toStdString() << ": " << message.source.toStdString();
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    const QString translation = translator->translate( context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 1 : -1 );
    EXPECT_FALSE( translation.isEmpty() ) << message.context.toStdString() << ": " << message.source.toStdString();
  }
  EXPECT_TRUE( contexts.contains( QStringLiteral( "AcvReportContent" ) ) );
  EXPECT_TRUE( contexts.contains( QStringLiteral( "AcvReportLayout" ) ) );
  EXPECT_TRUE( contexts.contains( QStringLiteral( "AcvCoverageStyle" ) ) );
}
