/***************************************************************************
  acvfilefilters.h - the file-dialog filters of the dialog, Processing and the actions
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVFILEFILTERS_H
#define ACVFILEFILTERS_H

#include <QString>

/**
 * One place for what each file chooser offers, built from what the readers accept
 * (AcvTableReader::tableSuffixes(), QGIS's vector formats), in the UI's language.
 */
class AcvFileFilters
{
public:
  //! Annexes: CSV, XLSX, XLS, ODS …
  static QString statistics();
  //! Mapping files: any table the statistics reader reads.
  static QString mapping();
  //! Crosswalks of old units to new units: any table the statistics reader reads.
  static QString crosswalk();
  //! A mapping file written from the review (always CSV).
  static QString mappingToWrite();
  //! Every vector format QGIS opens, as its own "Add Vector Layer" dialog lists them.
  static QString boundaries();
  static QString geoPackage();
  //! A report page: PDF, PNG or SVG, one filter each (";;" between them).
  static QString reports();
  static QString pdf();
  static QString png();
  static QString svg();
};

#endif // ACVFILEFILTERS_H
