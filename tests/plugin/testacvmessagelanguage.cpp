/***************************************************************************
  testacvmessagelanguage.cpp - errors the plugin shows follow QGIS's language
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"
#include "acvtestutils.h"
#include "acvtsfile.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace
{
/**
 * The Vietnamese messages catalogue, installed as the plugin installs it in a Vietnamese QGIS
 * (AcvPlugin::installTranslator), for as long as the object lives.
 */
class AcvVietnameseMessages
{
public:
  AcvVietnameseMessages()
  {
    mLoaded = mTranslator.load( QStringLiteral( "acvmessages_vi" ), QStringLiteral( ACV_PLUGIN_QM_DIR ) );
    if ( mLoaded )
      QCoreApplication::installTranslator( &mTranslator );
  }
  ~AcvVietnameseMessages() { QCoreApplication::removeTranslator( &mTranslator ); }
  AcvVietnameseMessages( const AcvVietnameseMessages & ) = delete;
  AcvVietnameseMessages &operator=( const AcvVietnameseMessages & ) = delete;

  bool loaded() const { return mLoaded; }
  const QTranslator &translator() const { return mTranslator; }

private:
  QTranslator mTranslator;
  bool mLoaded = false;
};

//! The error of loading an annex whose installs cell is negative.
QString negativeCountError( const QString &annex )
{
  AcvCoverageJobOptions options;
  options.stats = annex;
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  EXPECT_FALSE( job.loadStatistics( messages, error ) );
  return error;
}

//! The error of a join where no row of the annex names a Gia Lai district.
QString nothingMatchedError( const QString &annex )
{
  AcvCoverageJobOptions options;
  options.stats = annex;
  options.boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  options.boundaryKey = QStringLiteral( "name" );
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  EXPECT_TRUE( job.openBoundaries( error ) && job.loadStatistics( messages, error ) && job.readMapping( error ) && job.chooseKeyField( messages, error ) && job.match( error ) ) << error.toStdString();
  EXPECT_FALSE( job.checkAnyMatched( error ) );
  return error;
}
} // namespace

TEST( AcvMessageLanguage, ABadAnnexIsExplainedInVietnameseInAVietnameseQgis )
{
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "phu_luc.csv" ), QByteArrayLiteral( "\xC4\x90\xC6\xA1n v\xE1\xBB\x8B,S\xE1\xBB\x91 l\xC6\xB0\xE1\xBB\xA3t c\xC3\xA0i \xC4\x91\xE1\xBA\xB7t,D\xC3\xA2n s\xE1\xBB\x91\nHuy\xE1\xBB\x87n A,-5,100\n" ) );
  // No translator, as in the command: English, word for word as the e2e tests compare it.
  const QString english = negativeCountError( annex );
  EXPECT_EQ( english, annex + u8( ", row 2, column 2 ('Số lượt cài đặt'): '-5' is negative; a count cannot be" ) );
  {
    AcvVietnameseMessages vietnamese;
    ASSERT_TRUE( vietnamese.loaded() ) << ACV_PLUGIN_QM_DIR;
    EXPECT_EQ( negativeCountError( annex ), annex + u8( ", dòng 2, cột 2 ('Số lượt cài đặt'): '-5' là số âm; số lượng không thể âm" ) );
    const QString missing = scratch.path( QStringLiteral( "khong_co.csv" ) );
    EXPECT_EQ( negativeCountError( missing ), missing + u8( ": không tìm thấy tệp" ) );
  }
  // Unloading the plugin removes the translator: English again.
  EXPECT_EQ( negativeCountError( annex ), english );
}

TEST( AcvMessageLanguage, NothingMatchedIsExplainedInQgissLanguage )
{
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "sai_cap.csv" ), QByteArrayLiteral( "Name,Installs,Population\nAlpha,10,100\nBeta,20,200\n" ) );
  const QString english = nothingMatchedError( annex );
  EXPECT_TRUE( english.startsWith( QStringLiteral( "0 of 2 statistics rows of %1 matched any of the 17 boundaries" ).arg( annex ) ) ) << english.toStdString();
  AcvVietnameseMessages vietnamese;
  ASSERT_TRUE( vietnamese.loaded() );
  const QString translated = nothingMatchedError( annex );
  EXPECT_TRUE( translated.startsWith( u8( "Không dòng nào trong 2 dòng số liệu của %1 khớp với 17 ranh giới" ).arg( annex ) ) ) << translated.toStdString();
  EXPECT_TRUE( translated.contains( u8( "(theo tên, trường 'name')" ) ) ) << translated.toStdString();
}

TEST( AcvMessageLanguage, EveryMessageOfTheCatalogueIsTranslatedIntoVietnamese )
{
  QString error;
  const QVector<AcvTsMessage> messages = acvReadTsFile( QStringLiteral( ACV_MESSAGES_TS ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_GE( messages.size(), 100 );
  QTranslator translator;
  ASSERT_TRUE( translator.load( QStringLiteral( "acvmessages_vi" ), QStringLiteral( ACV_PLUGIN_QM_DIR ) ) );
  for ( const AcvTsMessage &message : messages )
  {
    EXPECT_FALSE( message.unfinished ) << message.context.toStdString() << ": " << message.source.toStdString();
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    EXPECT_FALSE( translator.translate( context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(), message.numerus ? 1 : -1 ).isEmpty() )
        << message.context.toStdString() << ": " << message.source.toStdString();
  }
}

TEST( AcvMessageLanguage, EveryStringOfTheUiIsTranslatedIntoVietnamese )
{
  QString error;
  const QVector<AcvTsMessage> messages = acvReadTsFile( QStringLiteral( ACV_UI_TS ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_GE( messages.size(), 200 );
  for ( const AcvTsMessage &message : messages )
    EXPECT_FALSE( message.unfinished ) << message.context.toStdString() << ": " << message.source.toStdString();
  // The review of a re-mapped annex, as a Vietnamese QGIS shows it.
  QTranslator translator;
  ASSERT_TRUE( translator.load( QStringLiteral( "adoptioncoverage_vi" ), QStringLiteral( ACV_PLUGIN_QM_DIR ) ) );
  EXPECT_EQ( translator.translate( "AcvRemapReview", "incomplete: %n old units not in the annex", nullptr, 2 ), u8( "chưa đủ: %n đơn vị cũ không có trong phụ lục" ) );
  EXPECT_EQ( translator.translate( "AcvRemapInputs", "Old units → new units" ), u8( "Đơn vị cũ → đơn vị mới" ) );
  // A count lupdate once read as a comment keeps its plural form.
  EXPECT_EQ( translator.translate( "AcvRunSummary", "%n annex rows", nullptr, 3 ), u8( "%n dòng phụ lục" ) );
}
