#!/usr/bin/perl
# Harvests an OAI-PMH repository the way another archive would, with Debian's HTTP::OAI harvester
# (libhttp-oai-perl): Identify, then ListRecords in oai_dc, following every resumption token to the end.
#
#   harvest.pl BASE_URL [FROM]
#
# Prints "started<TAB><Identify's responseDate>" (where the next incremental harvest starts from), then one line per
# record: identifier, datestamp, "deleted" or "present", and its first dc:title (empty when deleted). Exits non-zero
# on an HTTP failure or any OAI-PMH error except noRecordsMatch (an incremental harvest that finds nothing new).
use strict;
use warnings;
use HTTP::OAI;
use HTTP::OAI::Metadata::OAI_DC;

binmode STDOUT, ':encoding(UTF-8)';
my ($base, $from) = @ARGV;
die "usage: harvest.pl BASE_URL [FROM]\n" unless defined $base;

my $harvester = HTTP::OAI::Harvester->new(baseURL => $base);
my $identify = $harvester->Identify;
die "Identify failed: " . $identify->code . " " . $identify->message . "\n" if $identify->is_error;
die "Identify answered an error: " . join(', ', map { $_->code } $identify->errors) . "\n" if $identify->errors;
print "started\t", $identify->responseDate, "\n";

my %request = (
    metadataPrefix => 'oai_dc',
    handlers => { metadata => 'HTTP::OAI::Metadata::OAI_DC' },
    onRecord => sub {
        my $record = shift;
        my $deleted = $record->is_deleted;
        my $title = '';
        if (!$deleted && $record->metadata) {
            my $titles = $record->metadata->dc->{title} || [];
            $title = $titles->[0] // '';
            $title =~ s/[\t\n]/ /g;
        }
        print join("\t", $record->identifier, $record->datestamp, $deleted ? 'deleted' : 'present', $title), "\n";
    },
);
$request{from} = $from if defined $from;

my $list = $harvester->ListRecords(%request);
die "ListRecords failed: " . $list->code . " " . $list->message . "\n" if $list->is_error;
for my $error ($list->errors) {
    next if $error->code eq 'noRecordsMatch';
    die "ListRecords answered " . $error->code . ": " . $error->message . "\n";
}
