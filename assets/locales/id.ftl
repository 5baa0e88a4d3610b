# Bahasa Indonesia: bahasa loket, bukan terjemahan kata per kata. Setiap id juga ada di en.ftl
# dengan variabel yang sama (src/i18n/tests.rs memeriksanya).

## Perintah pemesanan

cli-held = Kursi { $seats } ditahan untuk jadwal tayang { $showing } sampai { $until }. Bayar dengan: boxoffice sell { $booking } --payment cash
cli-paid = Pesanan { $booking } dibayar { $payment }: { $total }
cli-cancelled = Pesanan { $booking } dibatalkan; kursi { $seats } kosong lagi.

## Kata-kata yang disimpan produk, seperti yang ditampilkan (nilai tersimpannya tidak berubah)

state-available = kosong
state-reserved = ditahan
state-occupied = terisi
state-blocked = diblokir
state-held = ditahan
state-paid = lunas
state-cancelled = dibatalkan
state-expired = kedaluwarsa
state-refunded = dikembalikan
state-open = buka
state-finished = selesai
state-sold = terjual
state-released = dilepas
kind-standard = reguler
kind-premium = premium
kind-wheelchair = kursi roda
kind-companion = pendamping
kind-out-of-service = rusak
payment-cash = tunai
payment-card = kartu
payment-qris = QRIS
payment-other = lainnya
role-cashier = kasir
role-manager = manajer
list-and = { $rest } dan { $last }

## Mesin: pesanan

booking-bad-code = { $typed } bukan kode pesanan ({ $length } huruf dan angka, seperti K7QM3X)
booking-none = tidak ada pesanan { $code }
sell-age-not-confirmed = { $film } untuk usia { $rating }: pastikan umur pembeli cukup sebelum menjual tiket anak (sell --confirm-age)
cancel-paid = pesanan { $code } sudah dibayar; lakukan pengembalian dana
cancel-cancelled = pesanan { $code } sudah dibatalkan
cancel-expired = pesanan { $code } sudah kedaluwarsa; kursinya sudah kosong lagi
cancel-refunded = dana pesanan { $code } sudah dikembalikan
extend-not-running = pesanan { $code } berstatus { $state }, bukan kursi yang sedang ditahan; waktunya tidak bisa diperpanjang
sell-already-paid = pesanan { $code } sudah dibayar
sell-cancelled = pesanan { $code } sudah dibatalkan; tahan kursinya lagi
sell-no-ticket-types = daftar harga { $price_list } tidak punya jenis tiket
sell-ticket-type-count = beri satu jenis tiket untuk semua { $seats } kursi atau satu per kursi, bukan { $given }
sell-no-price = daftar harga { $price_list } tidak punya harga { $ticket_type } untuk kursi { $seat_kind } (jenis tiket: { $known })

## Mesin: pengembalian dana dan alasan

reason-required = alasan wajib diisi
reason-too-long = alasan cukup satu baris, paling banyak { $max } karakter
reason-card-number = itu tampak seperti nomor kartu; boxoffice tidak pernah menyimpan data kartu, tulis alasannya tanpa nomor itu
refund-needs-reason = pengembalian dana perlu alasan
refund-negative = jumlah pengembalian dana tidak boleh negatif
refund-already = dana pesanan { $code } sudah dikembalikan seluruhnya
refund-not-paid-yet = pesanan { $code } belum dibayar; batalkan saja
refund-never-paid = pesanan { $code } tidak pernah dibayar ({ $state })
refund-over-paid = { $amount } melebihi yang dibayar untuk kursi itu ({ $paid })
refund-no-seats = tidak ada kursi yang disebut untuk dikembalikan dari pesanan { $code }; sebut seperti A1, atau jangan sebut sama sekali untuk mengembalikan semua kursi
refund-seat-not-in-booking = kursi { $seat } bukan bagian dari pesanan { $code }
refund-seat-already = dana kursi { $seat } pesanan { $code } sudah dikembalikan
refund-seat-twice = kursi { $seat } disebut dua kali

## Mesin: kursi, penahanan, blokir, kursi terbaik

block-out-of-service-in-layout = rusak menurut denah
block-no-seats = sebut paling sedikit satu kursi, seperti B7
best-chosen = Terbaik { $count }: { $places }{ $rows }{ $aisle }
best-rows = ({ $rows ->
    [2] dua baris
    [3] tiga baris
   *[other] { $rows } baris
})
best-across-aisle = melewati lorong
best-none-free = tidak ada kursi { $kind } yang kosong
best-only-free = hanya { $free } kursi { $kind } yang kosong
best-scattered = { $free } kursi { $kind } kosong, tetapi terpencar
best-no-room = tidak ada { $count } kursi { $kind } yang berdampingan atau di baris bersebelahan: { $left }
best-count-range = minta 1 sampai { $max } kursi
hold-no-seats = sebut paling sedikit satu kursi untuk ditahan, seperti B7
hold-too-many = satu pesanan paling banyak { $max } kursi
hold-seat-twice = ada kursi yang disebut dua kali
hold-not-positive = lama penahanan harus lebih dari nol
hold-no-such-seats = { $auditorium } tidak punya kursi { $seats }
hold-out-of-service = kursi { $seats } rusak
hold-taken = kursi { $seats } baru saja diambil
hold-taken-at = kursi { $seats } baru saja diambil di { $counters }
hold-lost = waktu tahan pesanan { $code } habis dan kursi { $seats } sudah diambil; tahan kursi lain
block-refused = tidak bisa memblokir { $seats }
unblock-refused = tidak bisa membuka blokir { $seats }

## Mesin: kertas dan pintu masuk

door-already-admitted = sudah masuk: kursi { $seat } pesanan { $code } masuk pukul { $at } lewat { $door }
door-refunded = dana dikembalikan: tiket kursi { $seat } pesanan { $code } sudah tidak berlaku
door-not-paid = bukan tiket lunas: kursi { $seat } pesanan { $code } tidak pernah terjual
door-other-showing = jadwal tayang salah: tiket ini untuk { $film }, { $auditorium }, { $starts }
door-too-early = terlalu awal: pintu { $film } dibuka pukul { $opens }
door-too-late = terlambat: pintu { $film } sudah ditutup pukul { $closed }
door-showing-cancelled = jadwal tayang dibatalkan: { $film } tidak diputar; arahkan penonton ke loket
door-no-such-ticket = pesanan { $code } tidak punya kursi { $seat }
print-nothing = pesanan { $code } belum dibayar: tidak ada tiket untuk dicetak
print-not-sold = kursi { $seat } bukan tiket terjual dari pesanan { $code }
print-no-refund = pesanan { $code } tidak punya pengembalian dana: tidak ada slip untuk dicetak

## Mesin: mengimpor berkas bioskop

import-at-line = baris { $line }, kolom { $column }: { $message }
import-currency-locked = bioskop sudah menerima uang dalam { $old_code } dengan { $old_decimals } desimal; mata uangnya tidak bisa diganti menjadi { $new_code } dengan { $new_decimals }
import-needs-venue = berkas bioskop yang pertama perlu bagian [venue]
import-layout-in-use = { $auditorium } sudah punya jadwal tayang, jadi denahnya tidak bisa diubah; beri nama lain untuk denah baru
import-unknown-film = film { $title } tidak dikenal
import-unknown-auditorium = studio { $name } tidak dikenal
import-unknown-price-list = daftar harga { $name } tidak dikenal
import-overlap = { $film } pukul { $starts } di { $auditorium } bertabrakan dengan jadwal tayang { $other_showing } ({ $other_film } pukul { $other_starts }, sampai { $other_until } termasuk { $cleanup } menit bersih-bersih)

## Mesin: shift kas

shift-none-open = loket { $counter } belum membuka shift; buka dulu (boxoffice shift open --float JUMLAH)
shift-negative-float = modal awal tidak boleh negatif
shift-already-open = loket { $counter } sudah membuka shift { $shift } sejak { $since }
shift-negative-count = uang tunai yang dihitung tidak boleh negatif
shift-none-to-close = loket { $counter } tidak punya shift terbuka untuk ditutup
shift-someone-elses = shift { $shift } di loket { $counter } milik { $owner }; { $owner } (atau manajer) yang menutupnya, lalu buka shift Anda sendiri

## Mesin: bioskop dan jadwal tayangnya

venue-none-yet = basis data ini belum punya bioskop; impor berkas bioskop dulu (boxoffice import BERKAS.toml)
showing-none = tidak ada jadwal tayang { $showing }
showing-sales-closed = penjualan jadwal tayang { $showing } ({ $start }) ditutup { $minutes } menit setelah film mulai
showing-finished = jadwal tayang { $showing } ({ $start }) sudah selesai; tidak ada penjualan maupun pengembalian dana
showing-was-cancelled = jadwal tayang { $showing } ({ $start }) dibatalkan; tidak ada penjualan maupun pengembalian dana
showing-over = jadwal tayang { $showing } sudah lewat
showing-refunds-nothing = jadwal tayang { $showing } sudah lewat; tidak ada pengembalian dana
showing-already = jadwal tayang { $showing } sudah { $status }

## Mesin: staf, masuk, persetujuan

action-blocking-seats = memblokir kursi
action-unblocking-seats = membuka blokir kursi
action-cancelling-showing = membatalkan jadwal tayang
action-importing-venue = mengimpor berkas bioskop
action-refund-after-start = pengembalian dana setelah film mulai
action-refund-other-amount = pengembalian dana dengan jumlah selain yang dibayar
action-adding-staff = menambah staf
action-disabling-staff = menonaktifkan staf
action-closing-others-shift = menutup shift kasir lain
staff-sign-in-first = staf sudah diatur di sini: masuk dulu (--staff NAMA dengan PIN di BOXOFFICE_PIN)
staff-no-longer-active = { $name } bukan staf aktif lagi
staff-own-approval = tidak ada yang boleh menyetujui sendiri { $what }
staff-cannot-approve = { $name } tidak bisa menyetujui: bukan manajer aktif
staff-needs-manager = { $what } perlu persetujuan manajer (--approver NAMA dengan PIN di BOXOFFICE_APPROVER_PIN)
staff-own-action = tidak ada yang boleh menyetujui tindakannya sendiri: minta manajer lain
staff-cashier-cannot-approve = { $name } seorang kasir; hanya manajer yang bisa menyetujui
staff-first-manager = staf pertama harus seorang manajer
staff-name-taken = sudah ada staf bernama { $name }
staff-none-named = tidak ada staf bernama { $name }
staff-last-manager = { $name } manajer aktif terakhir; tambahkan manajer lain dulu
staff-no-active-named = tidak ada staf aktif bernama { $name }
staff-wrong-pin = PIN salah untuk { $name } ({ $failed } dari { $max })
staff-locked-out = { $name } dikunci setelah { $max } kali PIN salah; coba lagi dalam { $seconds } detik
staff-bad-name = nama staf 1 sampai 40 karakter yang bisa dicetak
staff-bad-pin = PIN terdiri dari 4 sampai 12 angka

## Struk (40 kolom: label paling panjang 10, total 15)

receipt-booking = Pesanan
receipt-film = Film
receipt-showing = Jadwal
receipt-total = Total
receipt-paid-by = Bayar
receipt-tendered = Uang diterima
receipt-change = Kembalian
receipt-sold = Dijual { $at } di { $counter }
receipt-thanks = Terima kasih, selamat menonton!

## Kertas: tiket dan slip pengembalian dana (dicetak dalam ASCII)

ticket-row-seat = BARIS { $row }  KURSI { $seat }
ticket-cashier = Kasir: { $name }
slip-refund = PENGEMBALIAN DANA
slip-seats = Kursi
slip-amount = Jumlah
slip-reason = Alasan: { $reason }
slip-by = Oleh
slip-approved-by = Disetujui oleh
slip-counter = Loket
paper-training = PELATIHAN
paper-reprint = CETAK ULANG { $copy }
paper-training-not-valid = PELATIHAN - TIDAK BERLAKU

## Laporan shift untuk laci kas (label paling panjang 28 kolom)

shift-report-training = PELATIHAN ·{" "}
shift-report-title = SHIFT { $shift } · loket { $counter } · { $staff }
shift-report-opened = dibuka { $at }
shift-report-closed = , ditutup { $at }
shift-report-float = modal awal
shift-report-sales = penjualan { $method } ({ $count })
shift-report-refunds = pengembalian { $method } ({ $count })
shift-report-expected = uang tunai seharusnya di laci
shift-report-counted = dihitung
shift-report-balanced = pas
shift-report-over = lebih
shift-report-short = kurang
shift-report-seal = segel { $seal }
state-sales-closed = penjualan ditutup

## Baris perintah: jadwal tayang

showings-all = Semua jadwal tayang
showings-none = tidak ada jadwal tayang
showings-col-id = NO
showings-col-starts = MULAI
showings-col-film = FILM
showings-col-auditorium = STUDIO
showings-col-free = KOSONG
showings-col-held = TAHAN
showings-col-sold = JUAL
showings-col-state = STATUS

## Baris perintah: denah kursi dan kursi terbaik

best-hold-them = Tahan kursinya dengan: { $command }
seats-showing = Jadwal tayang { $showing }
seats-screen = LAYAR
seats-legend = o kosong  P premium kosong  W tempat kursi roda  C kursi pendamping  r ditahan  X terjual  # rusak
seats-counts = kosong { $free } · ditahan { $held } · terjual { $sold } · rusak { $blocked }

## Baris perintah: pesanan

cli-refunded = Dana { $count } kursi ({ $seats }) pesanan { $booking } dikembalikan ({ $rest ->
    [none] tidak ada kursi tersisa
   *[some] kursi lain tetap terjual
}): { $amount }. Alasan: { $reason }
cli-refund-needs-reason = pengembalian dana perlu alasan (--reason TEKS)
cli-bad-payment = { $payment } bukan cara bayar (cash, card, qris atau other)
cli-booking-heading = Pesanan { $code } · { $state } · jadwal tayang { $showing }: { $film } · { $auditorium } · { $starts }
cli-booking-paid = dibayar { $total } dengan { $payment }
cli-booking-refund = pengembalian { $refund }: { $amount } untuk { $seats } ({ $reason })
cli-booking-refund-approved = pengembalian { $refund }: { $amount } untuk { $seats } ({ $reason }), disetujui oleh { $approver }

## Baris perintah: laporan harian (tabel dan CSV)

report-seal-none = segel: belum ada (belum ada peristiwa)
report-seal = segel: { $seal }  (periksa dengan boxoffice verify --seal { $seal })
report-heading = { $venue } · laporan { $day } ({ $zone }, jumlah dalam { $currency })
report-showings-title = JADWAL TAYANG YANG MULAI HARI INI
report-col-id = NO
report-col-time = JAM
report-col-film = FILM
report-col-auditorium = STUDIO
report-col-sold = JUAL
report-col-refunded = KMBL
report-col-admitted = MASUK
report-col-occupancy = TERISI
report-col-net = BERSIH
report-none = tidak ada
report-money-title = UANG DITERIMA HARI INI, MENURUT CARA BAYAR
report-col-method = CARA BAYAR
report-col-sales = JUAL
report-col-amount = JUMLAH
report-col-refunds = KMBL
report-by-film = MENURUT FILM (tiket yang dibayar hari ini)
report-by-ticket-type = MENURUT JENIS TIKET
report-refunds-title = PENGEMBALIAN DANA
report-refund-who = kasir { $cashier }, disetujui oleh { $approver }
report-totals = PENJUALAN { $sales }   PENGEMBALIAN { $refunds }   BERSIH { $net }
csv-section = bagian
csv-key = kunci
csv-count = jumlah
csv-amount = nominal
csv-detail = rincian
csv-showing-detail = keterisian { $occupancy } dari { $capacity }; terjual { $sold }, dikembalikan { $refunded }, masuk { $admitted }
csv-refund-detail = { $reason } | kasir { $cashier } | penyetuju { $approver }
csv-training-detail = angka latihan, bukan pendapatan

## Baris perintah: menyiapkan, mengimpor, merapikan, memeriksa

cli-no-home = folder rumah untuk basis data tidak ditemukan; beri --db PATH
cli-init-created = Basis data { $path } dibuat
cli-init-created-training = Basis data pelatihan { $path } dibuat
cli-init-opened = Basis data { $path } yang sudah ada dibuka
cli-init-opened-training = Basis data pelatihan { $path } yang sudah ada dibuka
cli-init-demo = { $done } dengan bioskop demo: { $report }.
    Coba: boxoffice --db { $path } showings
cli-init-empty = { $done }; skemanya sudah mutakhir. Berikutnya: boxoffice --db { $path } import BIOSKOP.toml
cli-imported = { $file } diimpor: { $report }.
cli-cannot-read = tidak bisa membaca { $file }: { $error }
cli-not-a-file = { $file } bukan berkas biasa; berikan berkas bioskopnya sendiri
cli-file-too-large = { $file } lebih besar dari batas berkas bioskop (10 MB)
cli-not-utf8 = { $file } bukan teks UTF-8
cli-import-report = { $auditoriums } studio ditambahkan, { $films } film, { $price_lists } daftar harga, { $showings } jadwal tayang ditambahkan ({ $existing } sudah ada)
cli-tick = { $holds } penahanan kedaluwarsa, { $seats } kursi dilepas, { $showings } jadwal tayang dikosongkan kembali.
verify-ok = ok: basis data utuh dan semua aturan siklus kursi terpenuhi
verify-ok-seal = ok: basis data utuh, semua aturan siklus kursi terpenuhi, dan segel { $event } cocok
verify-broken = { $count } aturan dilanggar:
cli-screen-no-venue = { $path } belum punya bioskop; impor berkas bioskop dulu (boxoffice --db { $path } import BERKAS.toml, lihat assets/demo-venue.toml) atau coba boxoffice demo

## Baris perintah: staf, shift, blokir, jadwal batal, cetak, pintu masuk

cli-bad-role = { $role } bukan peran (cashier atau manager)
cli-staff-added = { $name } ditambahkan sebagai { $role }.
cli-staff-none = Belum ada staf: loket ini dipakai satu orang. Tambahkan manajer dengan: boxoffice staff add NAMA --role manager
cli-staff-disabled = nonaktif
cli-staff-locked = dikunci sampai { $until }
cli-staff-active = aktif
cli-staff-disabled-done = { $name } dinonaktifkan.
cli-pin-no-terminal = PIN tidak bisa dibaca dari terminal ({ $error }); pakai --pin-stdin
cli-pin-prompt = PIN untuk { $name }:
cli-pin-again = Ulangi:
cli-pin-differ = kedua PIN berbeda; tidak ada yang ditambahkan
cli-pin-no-stdin = PIN tidak bisa dibaca dari masukan standar: { $error }
cli-shift-opened = Shift { $shift } dibuka di { $counter } dengan modal awal { $float }.
cli-shift-report-written = Laporan shift ditulis ke { $path }
cli-shift-none = Tidak ada shift yang terbuka di { $counter }.
cli-reason-required = alasan wajib diisi (--reason TEKS)
cli-blocked = Kursi { $seats } diblokir untuk jadwal tayang { $showing }.
cli-unblocked = Kursi { $seats } bisa dijual lagi untuk jadwal tayang { $showing }.
cli-showing-cancelled = Jadwal tayang { $showing } dibatalkan: { $holds } penahanan dilepas, dana { $bookings } pesanan dikembalikan penuh ({ $total }).
cli-no-printer = tidak ada printer: beri --printer TARGET atau atur BOXOFFICE_PRINTER
cli-print-failed = { $error }; cetakan sudah dicatat, cetak ulang setelah printer menyala lagi
cli-printed = { $count } tiket pesanan { $booking } dicetak di { $printer }: { $seats }
cli-not-printed = tidak tercetak: { $error }; cetak ulang dengan `boxoffice print { $code }`
cli-admit = MASUK { $film } · { $auditorium } · kursi { $seat } ({ $admitted } sudah masuk)
cli-give-staff = staf sudah diatur di sini: beri --staff NAMA, dengan PIN di BOXOFFICE_PIN
cli-pin-env = isi { $variable } dengan PIN milik { $name }
cli-kind-without-best = --kind hanya bersama --best N; kursi yang disebut ditahan apa adanya


## Baris perintah: menyalin basis data
cli-copy-done = { $source } disalin ke { $destination }: { $showings } jadwal tayang, { $bookings } pesanan, { $staff } staf, { $shifts } shift, { $events } peristiwa, hash tidak berubah; periksa dengan: boxoffice --db { $destination } verify
copy-not-empty = tujuan sudah berisi data bioskop (tabel { $table } tidak kosong); salin hanya ke basis data yang kosong
copy-schema-differs = tabel { $table } berbeda di kedua basis data ({ $detail }); perbarui boxoffice di keduanya dulu

## Gangguan penyimpanan (kalimat untuk kasir; log menyimpan kata-kata SQLite sendiri)

fault-busy = basis data terlalu lama dikunci loket lain; tidak ada yang berubah, coba lagi
fault-disk-full = disk penuh; tidak ada yang berubah: kosongkan sebagian ruang, lalu coba lagi
fault-read-only = berkas basis data atau foldernya hanya-baca; tidak ada yang berubah: minta izin tulis untuk keduanya
fault-damaged = berkas basis data atau berkas -wal-nya hilang, rusak atau tidak terbaca; tidak ada yang berubah: hentikan semua loket dan pulihkan cadangan terakhir
fault-cannot-open = berkas basis data tidak bisa dibuka (foldernya tidak ada atau bukan milik kita); tidak ada yang berubah
fault-server-lost = sambungan ke server basis data terputus; tidak ada yang setengah jadi tersimpan: boxoffice menyambung kembali sendiri, coba lagi sebentar lagi

## Temuan verify: aturan yang dilanggar setiap temuan

rule-reserved-seat = kursi yang ditahan milik pesanan tahan yang mengklaimnya, dengan batas waktu yang sama
rule-occupied-seat = kursi terisi punya tepat satu tiket lunas yang tidak dikembalikan
rule-live-claims-on-map = setiap penahanan atau tiket aktif dari jadwal tayang yang buka ada di denah kursi
rule-finished-restocked = jadwal tayang yang selesai sudah dikosongkan: tidak ada kursi ditahan atau terisi
rule-out-of-service-blocked = kursi rusak diblokir di setiap jadwal tayang
rule-one-inventory-row = setiap kursi di setiap jadwal tayang punya tepat satu baris inventaris
rule-claims-match-state = klaim kursi sebuah pesanan sesuai dengan statusnya
rule-total-is-sum = total pesanan lunas sama dengan jumlah harga tiketnya
rule-refund-bounds = pengembalian dana mencakup paling sedikit satu kursi dan tidak melebihi harga kursi itu
rule-events-record-all = peristiwa mencatat setiap pesanan, penjualan, pembatalan, kedaluwarsa, pengembalian dana dan pengosongan
rule-cancelled-showing-empty = jadwal tayang yang dibatalkan tidak punya penahanan atau tiket aktif
rule-blocks-recorded = setiap kursi yang diblokir untuk jadwal tayang diblokir lewat peristiwa yang tercatat
rule-shift-expected = shift yang ditutup mengharapkan modal awal ditambah penjualan tunai dikurangi pengembalian tunai
rule-event-money = uang dalam peristiwa sama dengan uang dalam pesanan dan pengembalian dana
rule-admitted-was-sold = kursi yang sudah masuk adalah tiket terjual dari pesanannya, di jadwal tayang pesanan itu
rule-admission-events = setiap kedatangan punya peristiwa masuknya, dan tidak ada peristiwa masuk tanpa kedatangannya
rule-sqlite-integrity = pemeriksaan integritas SQLite
rule-references = setiap rujukan menunjuk ke baris yang ada
rule-chain-unbroken = log peristiwa tidak terputus: tidak ada baris yang diubah, disisipkan atau dihapus
rule-pins-from-log = PIN setiap staf sama dengan yang dicatat log
rule-amounts-in-range = setiap jumlah berada dalam batas yang boleh diatur berkas bioskop (agar penjumlahannya benar)
rule-append-only = log peristiwa hanya bisa ditambah: pemicunya terpasang
rule-time-forward = di basis data sungguhan, waktu dalam log tidak pernah mundur
rule-training-logged = basis data pelatihan mencatatnya di log
rule-staff-from-log = setiap staf adalah yang ditambahkan log, dengan peran itu, aktif kecuali log menonaktifkannya
rule-event-bookings-exist = setiap peristiwa menyebut pesanan yang ada
rule-sale-from-log = penjualan sesuai catatan log: cara bayar, total, serta jenis dan harga setiap tiket
rule-refund-from-log = pengembalian dana sesuai catatan log: jumlah, alasan, siapa dan siapa yang menyetujui
rule-shift-from-log = shift sesuai yang dibuka dan ditutup log: loket, kasir, modal awal dan hitungan
rule-showing-from-import = jadwal tayang berada di tempat yang ditetapkan impornya
rule-replay-admits-sold = log peristiwa, bila diputar ulang, tidak pernah memasukkan kursi yang tidak dijualnya
rule-replay-seats = setiap kursi berada di status yang ditinggalkan log peristiwa yang diputar ulang
rule-replay-claims = kursi sebuah pesanan adalah kursi yang dicatat penahanannya
rule-replay-bookings = setiap pesanan berada di status yang ditinggalkan log peristiwa yang diputar ulang
rule-replay-showings = setiap jadwal tayang berada di status yang ditinggalkan log peristiwa yang diputar ulang
verify-seal-rule = log masih menyimpan peristiwa bersegel { $event }
verify-failed = verify menemukan { $count } aturan yang dilanggar

## Penolakan yang didefinisikan domain bersama tipenya (lihat i18n::errors)

error-seat-label = { $shown } bukan nomor kursi (huruf baris lalu nomor kursi, seperti B7)
error-ticket-type = { $shown } bukan nama jenis tiket (huruf kecil, angka, - dan _)
error-zone = { $shown } bukan zona waktu IANA (seperti Asia/Jakarta atau Europe/Berlin)
error-local-time = { $shown } bukan waktu setempat (tulis seperti 2026-11-24 19:00)
error-date = { $shown } bukan tanggal (tulis seperti 2026-11-24)
error-time-skipped = { $time } tidak ada di { $zone }: jam dimajukan melewatinya (waktu musim panas)
error-duration = { $shown } bukan lama waktu (tulis seperti 10m, 90s atau 1h)
error-currency-code = mata uang { $code } harus kode tiga huruf seperti IDR atau EUR
error-decimals = mata uang paling banyak { $max } desimal, bukan { $decimals }
error-amount = { $shown } bukan jumlah dalam { $code } (tulis seperti { $example })
seal-bad = segel ditulis NO:HASH, seperti tercetak di laporan (mis. 42:3f9a…)
sell-total-overflow = harga tiket-tiket ini terlalu besar untuk dijumlahkan
database-missing = tidak ada basis data di { $path }; buat dengan `boxoffice init` (atau coba `boxoffice demo`)
database-foreign = { $path } bukan basis data boxoffice; tidak akan disentuh
database-newer = { $path } ditulis oleh boxoffice yang lebih baru (versi skema { $found }, program ini hanya mengenal sampai { $known }); perbarui boxoffice sebelum memakai basis data ini
