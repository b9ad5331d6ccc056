import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((option) => ({ key: option, label: t(`language.${option}`) })),
        onClick: ({ key }) => {
          const chosen = LANGUAGES.find((option) => option === key);
          if (chosen) setLanguage(chosen);
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('language.switch')} data-testid="language-switch">
        {t(`language.${language}`)}
      </Button>
    </Dropdown>
  );
}
