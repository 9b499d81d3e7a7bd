#!/usr/bin/env python3
"""Build the 5-table Chinook subset both tools are benchmarked on.

    python3 Benchmarks/sdv/make_subset.py SOURCE.sqlite OUT.sqlite

Tables: Invoice, InvoiceLine, Playlist, PlaylistTrack, Track (all rows, values copied verbatim).
Foreign keys kept (only those among the five):
    InvoiceLine.InvoiceId  -> Invoice.InvoiceId
    InvoiceLine.TrackId    -> Track.TrackId
    PlaylistTrack.PlaylistId -> Playlist.PlaylistId
    PlaylistTrack.TrackId  -> Track.TrackId
PlaylistTrack has NO primary key (SDV's HMA cannot model composite keys);
Invoice.CustomerId and Track.AlbumId / MediaTypeId / GenreId become plain INTEGER columns (no FK).
Only the standard library is needed.
"""

import os
import sqlite3
import sys

SUBSET_DDL = """
CREATE TABLE [Invoice]
(
    [InvoiceId] INTEGER  NOT NULL,
    [CustomerId] INTEGER  NOT NULL,
    [InvoiceDate] DATETIME  NOT NULL,
    [BillingAddress] NVARCHAR(70),
    [BillingCity] NVARCHAR(40),
    [BillingState] NVARCHAR(40),
    [BillingCountry] NVARCHAR(40),
    [BillingPostalCode] NVARCHAR(10),
    [Total] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY  ([InvoiceId])
);
CREATE TABLE [Playlist]
(
    [PlaylistId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_Playlist] PRIMARY KEY  ([PlaylistId])
);
CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [MediaTypeId] INTEGER  NOT NULL,
    [GenreId] INTEGER,
    [Composer] NVARCHAR(220),
    [Milliseconds] INTEGER  NOT NULL,
    [Bytes] INTEGER,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId])
);
CREATE TABLE [InvoiceLine]
(
    [InvoiceLineId] INTEGER  NOT NULL,
    [InvoiceId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    [Quantity] INTEGER  NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY  ([InvoiceLineId]),
    FOREIGN KEY ([InvoiceId]) REFERENCES [Invoice] ([InvoiceId])
        ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId])
        ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [PlaylistTrack]
(
    [PlaylistId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    FOREIGN KEY ([PlaylistId]) REFERENCES [Playlist] ([PlaylistId])
        ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId])
        ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX [IFK_InvoiceLineInvoiceId] ON [InvoiceLine] ([InvoiceId]);
CREATE INDEX [IFK_InvoiceLineTrackId] ON [InvoiceLine] ([TrackId]);
CREATE INDEX [IFK_PlaylistTrackPlaylistId] ON [PlaylistTrack] ([PlaylistId]);
CREATE INDEX [IFK_PlaylistTrackTrackId] ON [PlaylistTrack] ([TrackId]);
"""

TABLES = ['Invoice', 'Playlist', 'Track', 'InvoiceLine', 'PlaylistTrack']


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out = sys.argv[1], sys.argv[2]
    if not os.path.exists(source):
        sys.exit(f'no such file: {source}')
    if os.path.exists(out):
        os.remove(out)
    conn = sqlite3.connect(out)
    try:
        conn.executescript(SUBSET_DDL)
        conn.execute('ATTACH DATABASE ? AS src', (source,))
        for table in TABLES:
            columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info([{table}])')]
            cols = ', '.join(f'[{c}]' for c in columns)
            order = 'ORDER BY rowid' if table != 'PlaylistTrack' else 'ORDER BY [PlaylistId], [TrackId]'
            conn.execute(f'INSERT INTO main.[{table}] ({cols}) SELECT {cols} FROM src.[{table}] {order}')
        conn.commit()
        conn.execute('DETACH DATABASE src')
        problems = conn.execute('PRAGMA foreign_key_check').fetchall()
        if problems:
            sys.exit(f'foreign key violations in the subset: {problems[:5]}')
        counts = {t: conn.execute(f'SELECT COUNT(*) FROM [{t}]').fetchone()[0] for t in TABLES}
    finally:
        conn.close()
    print(' '.join(f'{t}={n}' for t, n in counts.items()))


if __name__ == '__main__':
    main()
