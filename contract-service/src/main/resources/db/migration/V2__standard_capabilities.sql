-- The standard capabilities catalogue; councils add their own through POST /capabilities.
-- CPV codes from the Common Procurement Vocabulary (2008).
INSERT INTO capability (code, name, cpv_code) VALUES
    ('revenues-benefits', 'Revenues and benefits',         '48000000-8'),
    ('planning',          'Planning and building control', '48000000-8'),
    ('telephony',         'Telephony',                     '32550000-3'),
    ('asset-management',  'Asset management',              '48000000-8'),
    ('service-desk',      'ICT service desk',              '72253000-3'),
    ('printing',          'Printing and multi-function devices', '30120000-6'),
    ('hr-payroll',        'HR and payroll',                '48450000-7'),
    ('finance',           'Finance',                       '48440000-4'),
    ('website-cms',       'Website content management',    '72413000-8'),
    ('customer-portal',   'Customer portal',               '72212000-4'),
    ('network',           'Network',                       '32400000-7'),
    ('end-user-devices',  'End-user devices',              '30213000-5'),
    ('hosting',           'Hosting',                       '72415000-2');
