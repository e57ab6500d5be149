/***************************************************************************
  acvresultlayer.h - how the dialog names its result layers and finds the previous one
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVRESULTLAYER_H
#define ACVRESULTLAYER_H

#include <QDate>
#include <QList>
#include <QString>

class QgsProject;
class QgsVectorLayer;

/**
 * A result is named after its annex and the annex's statistics date, so two runs on two
 * annexes (or two dates) tell themselves apart in the Layers panel. Each result carries the
 * annex's path as a custom property: "Replace the previous result" finds it by that, not by a
 * name the analyst may have edited.
 */
class AcvResultLayer
{
public:
  //! "Coverage — gia_lai_districts_bluezone_2020-08-20 (2020-08-20)"; without the date when unknown.
  static QString name( const QString &statisticsPath, const QDate &statisticsDate );

  //! Marks \a layer as a result of the annex \a statisticsPath.
  static void setAnnex( QgsVectorLayer *layer, const QString &statisticsPath );
  //! The results of the annex \a statisticsPath in \a project.
  static QList<QgsVectorLayer *> resultsOf( const QgsProject *project, const QString &statisticsPath );
};

#endif // ACVRESULTLAYER_H
